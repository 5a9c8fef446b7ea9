import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

# human activity recognition: 9 inertial channels, windows of 128 steps
N_FEATURES = 9
WINDOW = 128
N_ACTIVITIES = 6


class SensorLSTM(nn.Module):
    def __init__(self, input_size, hidden_size=64, num_layers=2, num_classes=6):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers,
                            batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, (h_n, c_n) = self.lstm(x)
        return self.fc(out[:, -1, :])


X = torch.randn(64, WINDOW, N_FEATURES)
y = torch.randint(0, N_ACTIVITIES, (64,))
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)

model = SensorLSTM(input_size=9, num_classes=N_ACTIVITIES)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

model.train()
for xb, yb in loader:
    optimizer.zero_grad()
    loss = criterion(model(xb), yb)
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    print(loss.item())
