import torch
import torch.nn as nn

input_dim = 28 * 28
encoding_dim = 32

encoder = nn.Sequential(
    nn.Linear(input_dim, 128),
    nn.ReLU(),
    nn.Linear(128, 64),
    nn.ReLU(),
    nn.Linear(64, encoding_dim),
)
decoder = nn.Sequential(
    nn.Linear(encoding_dim, 64),
    nn.ReLU(),
    nn.Linear(64, 128),
    nn.ReLU(),
    nn.Linear(128, input_dim),
    nn.Sigmoid(),
)

params = list(encoder.parameters()) + list(decoder.parameters())
optimizer = torch.optim.Adam(params, lr=1e-3)
loss_fn = nn.BCELoss()

images = torch.rand(16, 1, 28, 28)
for step in range(2):
    flat = images.view(images.size(0), -1)
    code = encoder(flat)
    recon = decoder(code)
    loss = loss_fn(recon, flat)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    sample = decoder(torch.zeros(1, encoding_dim)).view(1, 1, 28, 28)
print(sample.shape, code.shape)
