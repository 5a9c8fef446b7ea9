import torch
import torch.nn as nn
import torch.nn.functional as F

SAMPLE_RATE = 8000
N_CLASSES = 35   # speech commands labels
BATCH_SIZE = 8
LOG_INTERVAL = 1


class M5(nn.Module):
    def __init__(self, n_input=1, n_output=35, stride=16, n_channel=32):
        super().__init__()
        self.conv1 = nn.Conv1d(n_input, n_channel, kernel_size=80, stride=stride)
        self.bn1 = nn.BatchNorm1d(n_channel)
        self.pool1 = nn.MaxPool1d(4)
        self.conv2 = nn.Conv1d(n_channel, n_channel, kernel_size=3)
        self.bn2 = nn.BatchNorm1d(n_channel)
        self.pool2 = nn.MaxPool1d(4)
        self.conv3 = nn.Conv1d(n_channel, 2 * n_channel, kernel_size=3)
        self.bn3 = nn.BatchNorm1d(2 * n_channel)
        self.pool3 = nn.MaxPool1d(4)
        self.conv4 = nn.Conv1d(2 * n_channel, 2 * n_channel, kernel_size=3)
        self.bn4 = nn.BatchNorm1d(2 * n_channel)
        self.pool4 = nn.MaxPool1d(4)
        self.fc1 = nn.Linear(2 * n_channel, n_output)

    def forward(self, x):
        x = self.conv1(x)
        x = F.relu(self.bn1(x))
        x = self.pool1(x)
        x = self.conv2(x)
        x = F.relu(self.bn2(x))
        x = self.pool2(x)
        x = self.conv3(x)
        x = F.relu(self.bn3(x))
        x = self.pool3(x)
        x = self.conv4(x)
        x = F.relu(self.bn4(x))
        x = self.pool4(x)
        x = F.avg_pool1d(x, x.shape[-1])
        x = x.permute(0, 2, 1)
        x = self.fc1(x)
        return F.log_softmax(x, dim=2)


def preprocess(waveform):
    # recordings come in as stereo; downmix to mono and peak-normalize
    waveform = waveform.mean(dim=1)
    return waveform / waveform.abs().amax(dim=-1, keepdim=True).clamp(min=1e-8)


model = M5(n_input=1, n_output=N_CLASSES)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.0001)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=20, gamma=0.1)

# one second of fake stereo audio per example
batch = torch.randn(BATCH_SIZE, 2, SAMPLE_RATE)
target = torch.randint(0, N_CLASSES, (BATCH_SIZE,))

model.train()
for batch_idx in range(2):
    data = preprocess(batch)
    output = model(data)
    loss = F.nll_loss(output.squeeze(), target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if batch_idx % LOG_INTERVAL == 0:
        print(f"Train batch {batch_idx}\tLoss: {loss.item():.6f}")
scheduler.step()
