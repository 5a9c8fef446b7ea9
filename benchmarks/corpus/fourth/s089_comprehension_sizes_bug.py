import torch
import torch.nn as nn

# autoencoder on 100-dim gene expression vectors
enc_sizes = [100, 64, 32, 8]
dec_sizes = list(reversed(enc_sizes))

encoder = nn.Sequential(*[m for a, b in zip(enc_sizes, enc_sizes[1:]) for m in (nn.Linear(a, b), nn.ReLU())])
decoder = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(dec_sizes, dec_sizes[2:])])

x = torch.randn(50, 100)
z = encoder(x)
print(z.shape)
print(decoder(z).shape)
