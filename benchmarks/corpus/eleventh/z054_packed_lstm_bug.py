import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

PAD_IDX = 0
VOCAB = 300
EMB = 32
HID = 64
N_CLASSES = 3   # negative / neutral / positive

torch.manual_seed(3)

# variable-length token sequences (e.g. tweets), in dataset order
lengths_list = [12, 5, 9, 17, 3, 8, 14, 6]
seqs = [torch.randint(1, VOCAB, (n,)) for n in lengths_list]
labels = torch.randint(0, N_CLASSES, (len(seqs),))


class PackedLSTMClassifier(nn.Module):
    def __init__(self, vocab_size, emb_dim, hid_dim, n_classes, pad_idx):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(emb_dim, hid_dim, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hid_dim, n_classes)
        self.dropout = nn.Dropout(0.2)

    def forward(self, padded, lengths):
        emb = self.dropout(self.embedding(padded))
        packed = pack_padded_sequence(emb, lengths, batch_first=True)
        packed_out, (h_n, c_n) = self.lstm(packed)
        out, out_lengths = pad_packed_sequence(packed_out, batch_first=True)
        # final forward and backward hidden states
        hidden = torch.cat([h_n[-2], h_n[-1]], dim=1)
        return self.fc(self.dropout(hidden)), out


def collate(batch_seqs):
    lengths = torch.tensor([len(s) for s in batch_seqs], dtype=torch.long)
    padded = pad_sequence(batch_seqs, batch_first=True, padding_value=PAD_IDX)
    return padded, lengths


model = PackedLSTMClassifier(VOCAB, EMB, HID, N_CLASSES, PAD_IDX)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()

padded, lengths = collate(seqs)
for epoch in range(2):
    model.train()
    logits, _ = model(padded, lengths)
    loss = criterion(logits, labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}")

model.eval()
with torch.no_grad():
    logits, outputs = model(padded, lengths)
print("pred:", logits.argmax(1).tolist(), "padded outputs:", tuple(outputs.shape))
