import torch
import torch.nn as nn


class SensorTransformer(nn.Module):
    def __init__(self, n_channels=9, d_model=64, n_heads=4, n_layers=2, n_classes=6):
        super().__init__()
        self.d_model = d_model
        layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=n_heads, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=n_layers)
        self.norm = nn.LayerNorm(d_model)
        self.classifier = nn.Linear(d_model, n_classes)

    def forward(self, x):
        h = self.encoder(x)
        h = self.norm(h.mean(dim=1))
        return self.classifier(h)


model = SensorTransformer(n_channels=9, d_model=64)
windows = torch.randn(32, 128, 9)
activity = torch.randint(0, 6, (32,))
model.eval()
with torch.no_grad():
    logits = model(windows)
