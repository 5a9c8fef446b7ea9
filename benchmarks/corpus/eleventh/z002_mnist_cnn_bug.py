import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

# hyperparameters
BATCH_SIZE = 64
LR = 1e-3
NUM_CLASSES = 10
EPOCHS = 2

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear(64 * 5 * 5, 128)
        self.fc2 = nn.Linear(128, NUM_CLASSES)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = self.dropout1(x)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = self.dropout2(x)
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)


model = Net()
optimizer = optim.Adam(model.parameters(), lr=LR)

# a fake MNIST batch (normalized grayscale digits)
images = torch.randn(BATCH_SIZE, 1, 28, 28)
labels = torch.randint(0, NUM_CLASSES, (BATCH_SIZE,))

model.train()
for epoch in range(1, EPOCHS + 1):
    optimizer.zero_grad()
    output = model(images)
    loss = F.nll_loss(output, labels)
    loss.backward()
    optimizer.step()
    print('Train Epoch: {} \tLoss: {:.6f}'.format(epoch, loss.item()))

model.eval()
with torch.no_grad():
    pred = model(images).argmax(dim=1, keepdim=True)
    correct = pred.eq(labels.view_as(pred)).sum().item()
print('Accuracy: {}/{}'.format(correct, BATCH_SIZE))
