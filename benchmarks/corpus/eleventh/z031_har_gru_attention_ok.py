import torch
import torch.nn as nn
import torch.nn.functional as F

# UCI-HAR style sensor windows: 128 timesteps x 9 inertial channels
SEQ_LEN = 128
N_SENSORS = 9
N_ACTIVITIES = 6   # walking, upstairs, downstairs, sitting, standing, laying
HIDDEN = 64
BATCH = 16


class Attention(nn.Module):
    def __init__(self, hidden_dim):
        super().__init__()
        self.attn = nn.Linear(hidden_dim, hidden_dim)
        self.v = nn.Linear(hidden_dim, 1, bias=False)

    def forward(self, outputs):
        # outputs: (batch, seq_len, hidden)
        energy = torch.tanh(self.attn(outputs))
        scores = self.v(energy).squeeze(2)            # (batch, seq_len)
        weights = F.softmax(scores, dim=1)
        context = torch.bmm(weights.unsqueeze(1), outputs).squeeze(1)
        return context, weights


class GRUAttnClassifier(nn.Module):
    def __init__(self, n_in, hidden, n_out, num_layers=1):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=num_layers, batch_first=True)
        self.attention = Attention(hidden)
        self.classifier = nn.Sequential(
            nn.Linear(hidden, hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, n_out),
        )

    def forward(self, x):
        outputs, _ = self.gru(x)
        context, weights = self.attention(outputs)
        return self.classifier(context), weights


model = GRUAttnClassifier(N_SENSORS, HIDDEN, N_ACTIVITIES)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

x = torch.randn(BATCH, SEQ_LEN, N_SENSORS)
y = torch.randint(0, N_ACTIVITIES, (BATCH,))

model.train()
logits, _ = model(x)
loss = F.cross_entropy(logits, y)
optimizer.zero_grad()
loss.backward()
optimizer.step()

model.eval()
with torch.no_grad():
    preds, attn = model(x)
print(f"loss {loss.item():.4f}", preds.argmax(1)[:8].tolist(), tuple(attn.shape))
