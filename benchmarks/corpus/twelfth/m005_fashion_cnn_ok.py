import torch
import torch.nn as nn


def build_model(num_classes=10):
    return nn.Sequential(
        nn.Conv2d(1, 32, kernel_size=3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, kernel_size=3, padding=1),
        nn.BatchNorm2d(64),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(64 * 7 * 7, 128),
        nn.ReLU(inplace=True),
        nn.Dropout(0.25),
        nn.Linear(128, num_classes),
    )


torch.manual_seed(1)
model = build_model()

x_train = torch.randn(32, 1, 28, 28)
y_train = torch.randint(0, 10, (32,))
dataset = torch.utils.data.TensorDataset(x_train, y_train)
loader = torch.utils.data.DataLoader(dataset, batch_size=16, shuffle=True)

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

model.train()
for xb, yb in loader:
    opt.zero_grad()
    loss = loss_fn(model(xb), yb)
    loss.backward()
    opt.step()
print("train loss", loss.item())

model.eval()
with torch.no_grad():
    out = model(torch.randn(5, 1, 28, 28))
print(out.shape)
