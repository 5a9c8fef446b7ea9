import torch
import torch.nn as nn

config = {
    "input_dim": 784,
    "encoder_dims": [256, 64],
    "latent_dim": 16,
    "decoder_dims": [32, 64, 256],
    "lr": 1e-3,
}


class AutoEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        enc_sizes = [cfg["input_dim"]] + cfg["encoder_dims"] + [cfg["latent_dim"]]
        dec_sizes = cfg["decoder_dims"] + [cfg["input_dim"]]
        enc = []
        for a, b in zip(enc_sizes[:-1], enc_sizes[1:]):
            enc += [nn.Linear(a, b), nn.ReLU()]
        self.encoder = nn.Sequential(*enc[:-1])
        dec = []
        for a, b in zip(dec_sizes[:-1], dec_sizes[1:]):
            dec += [nn.Linear(a, b), nn.ReLU()]
        dec[-1] = nn.Sigmoid()
        self.decoder = nn.Sequential(*dec)

    def forward(self, x):
        z = self.encoder(x.flatten(1))
        return self.decoder(z).view_as(x)


model = AutoEncoder(config)
optimizer = torch.optim.Adam(model.parameters(), lr=config["lr"])
data = torch.rand(32, 1, 28, 28)

for step in range(2):
    recon = model(data)
    loss = nn.functional.mse_loss(recon, data)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, loss.item())
