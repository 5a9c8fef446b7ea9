import torch
import torch.nn as nn


class MultiTaskFaceNet(nn.Module):
    def __init__(self, n_emotions=7):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.heads = nn.ModuleDict({
            "age": nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1)),
            "gender": nn.Linear(64, 1),
            "emotion": nn.Linear(64, n_emotions),
        })

    def forward(self, x):
        feat = self.trunk(x)
        return {name: head(feat) for name, head in self.heads.items()}


model = MultiTaskFaceNet()
losses = {"age": nn.L1Loss(), "gender": nn.BCEWithLogitsLoss(), "emotion": nn.CrossEntropyLoss()}
weights = {"age": 0.1, "gender": 1.0, "emotion": 1.0}
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

faces = torch.randn(6, 3, 48, 48)
targets = {
    "age": torch.tensor([[23.], [35.], [41.], [19.], [62.], [30.]]),
    "gender": torch.tensor([[0.], [1.], [1.], [0.], [1.], [0.]]),
    "emotion": torch.tensor([0, 3, 6, 2, 1, 4]),
}
outputs = model(faces)
total = sum(weights[k] * losses[k](outputs[k], targets[k]) for k in outputs)
optimizer.zero_grad()
total.backward()
optimizer.step()
print({k: v.shape for k, v in outputs.items()}, total.item())
