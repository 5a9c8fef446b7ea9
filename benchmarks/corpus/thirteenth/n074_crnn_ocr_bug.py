import torch
import torch.nn as nn
import torch.nn.functional as F

CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
NUM_CLASSES = len(CHARS) + 1  # + CTC blank


class CRNN(nn.Module):
    def __init__(self, num_classes=NUM_CLASSES, hidden=128):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),        # 16 x 64
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),       # 8 x 32
            nn.Conv2d(64, 128, 3, padding=1), nn.BatchNorm2d(128), nn.ReLU(), nn.MaxPool2d((2, 1)),  # 4 x 32
        )
        self.rnn = nn.LSTM(128 * 4, hidden, num_layers=2, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(hidden * 2, num_classes)

    def forward(self, x):
        x = self.cnn(x)                       # (B, C, H, W)
        b, c, h, w = x.size()
        x = x.permute(0, 3, 1, 2).reshape(b, w, 128 * 8)
        x, _ = self.rnn(x)
        return self.fc(x)                     # (B, T, classes)


model = CRNN()
ctc = nn.CTCLoss(blank=0, zero_infinity=True)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

images = torch.rand(4, 1, 32, 128)
target_lengths = torch.tensor([5, 7, 4, 6])
targets = torch.randint(1, NUM_CLASSES, (int(target_lengths.sum()),))

for step in range(2):
    logits = model(images)
    log_probs = F.log_softmax(logits, dim=2).permute(1, 0, 2)   # (T, B, C)
    input_lengths = torch.full((images.size(0),), log_probs.size(0), dtype=torch.long)
    loss = ctc(log_probs, targets, input_lengths, target_lengths)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, loss.item())
