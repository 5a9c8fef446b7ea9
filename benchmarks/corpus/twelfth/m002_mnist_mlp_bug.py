import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# simple fully connected classifier for 28x28 digits
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 256),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(256, 128),
    nn.ReLU(),
    nn.Linear(256, 10),
)

# fake MNIST batch
images = torch.randn(64, 1, 28, 28)
labels = torch.randint(0, 10, (64,))

optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
criterion = nn.CrossEntropyLoss()

model.train()
for step in range(2):
    optimizer.zero_grad()
    logits = model(images)
    loss = criterion(logits, labels)
    loss.backward()
    optimizer.step()
    print(f"step {step} loss {loss.item():.4f}")

model.eval()
with torch.no_grad():
    preds = model(images[:8]).argmax(dim=1)
    acc = (preds == labels[:8]).float().mean()
print("acc on 8 samples:", acc.item())
