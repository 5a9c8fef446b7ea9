import torch
import torch.nn as nn
import torch.nn.functional as F


class MNISTNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.fc = nn.Linear(32 * 7 * 7, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(x.size(0), -1)
        return self.fc(x)


train_images = torch.rand(32, 1, 28, 28)
train_labels = torch.randint(0, 10, (32,))
test_images = torch.rand(5, 1, 28, 28)

model = MNISTNet()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
model.train()
optimizer.zero_grad()
loss = F.cross_entropy(model(train_images), train_labels)
loss.backward()
optimizer.step()
print("train loss", loss.item())


def predict(model, img):
    model.eval()
    with torch.no_grad():
        probs = F.softmax(model(img.unsqueeze(0)), dim=1)
    return probs.argmax(dim=1).item(), probs.max().item()


img = test_images[0]          # (1, 28, 28)
label, conf = predict(model, img)
print(f"predicted {label} with confidence {conf:.3f}")
