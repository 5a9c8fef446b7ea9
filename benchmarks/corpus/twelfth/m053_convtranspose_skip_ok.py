import torch
import torch.nn as nn
import torch.nn.functional as F


class DenoiseNet(nn.Module):
    """Encoder-decoder with additive skip connections (like RED-Net)."""

    def __init__(self, ch=32):
        super().__init__()
        self.enc1 = nn.Sequential(nn.Conv2d(3, ch, 3, padding=1), nn.ReLU())
        self.enc2 = nn.Sequential(nn.Conv2d(ch, ch * 2, 3, stride=2, padding=1), nn.ReLU())
        self.enc3 = nn.Sequential(nn.Conv2d(ch * 2, ch * 4, 3, stride=2, padding=1), nn.ReLU())
        self.dec3 = nn.ConvTranspose2d(ch * 4, ch * 2, 3, stride=2, padding=1, output_padding=1)
        self.dec2 = nn.ConvTranspose2d(ch * 2, ch, 3, stride=2, padding=1, output_padding=1)
        self.dec1 = nn.Conv2d(ch, 3, 3, padding=1)

    def forward(self, x):
        e1 = self.enc1(x)          # H
        e2 = self.enc2(e1)         # H/2
        e3 = self.enc3(e2)         # H/4
        d2 = F.relu(self.dec3(e3) + e2)
        d1 = F.relu(self.dec2(d2) + e1)
        return x - self.dec1(d1)   # predict the noise residual


model = DenoiseNet()
clean = torch.rand(4, 3, 64, 64)
noisy = clean + 0.1 * torch.randn_like(clean)

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    out = model(noisy)
    loss = F.l1_loss(out, clean)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(out.shape, loss.item())
