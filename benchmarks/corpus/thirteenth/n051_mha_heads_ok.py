import torch
import torch.nn as nn

CONFIG = dict(
    vocab_size=1000,
    d_model=64,
    nhead=4,
    dim_feedforward=128,
    num_layers=2,
    dropout=0.1,
    num_classes=3,
)


class TransformerClassifier(nn.Module):
    def __init__(self, vocab_size, d_model, nhead, dim_feedforward, num_layers, dropout, num_classes):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, d_model)
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.cls = nn.Linear(d_model, num_classes)

    def forward(self, tokens, pad_mask=None):
        h = self.encoder(self.embed(tokens), src_key_padding_mask=pad_mask)
        return self.cls(h.mean(dim=1))


model = TransformerClassifier(**CONFIG)
tokens = torch.randint(1, CONFIG["vocab_size"], (8, 30))
labels = torch.randint(0, CONFIG["num_classes"], (8,))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)

model.train()
optimizer.zero_grad()
loss = nn.functional.cross_entropy(model(tokens), labels)
loss.backward()
optimizer.step()

model.eval()
with torch.no_grad():
    preds = model(tokens).argmax(-1)
print(loss.item(), preds.tolist())
