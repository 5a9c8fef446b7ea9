import torch
import torch.nn as nn

encoder = nn.Sequential(
    nn.Conv2d(3, 12, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(12, 24, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(24, 48, 3, stride=2, padding=1),
    nn.ReLU(),
)
decoder = nn.Sequential(
    nn.ConvTranspose2d(48, 24, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(24, 12, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(12, 3, 4, stride=2, padding=1),
    nn.Sigmoid(),
)
autoencoder = nn.Sequential(encoder, decoder)

optimizer = torch.optim.Adam(autoencoder.parameters())
criterion = nn.BCELoss()
batch = torch.rand(4, 3, 32, 32)
optimizer.zero_grad()
decoded = autoencoder(batch)
loss = criterion(decoded, batch)
loss.backward()
optimizer.step()
