import torch
import torch.nn as nn

# interaction counts per user and category
num_users, num_cats = 64, 20
counts = torch.randint(0, 50, (num_users, num_cats))

autoencoder = nn.Sequential(
    nn.Linear(num_cats, 8),
    nn.ReLU(),
    nn.Linear(8, num_cats),
)

recon = autoencoder(counts)
print(recon.shape)
