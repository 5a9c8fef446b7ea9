import torch
import torch.nn as nn


class AttentionPoolingEncoder(nn.Module):
    def __init__(self, vocab_size=300, embed_dim=48, num_heads=4, num_classes=2):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.attn = nn.MultiheadAttention(embed_dim, num_heads, dropout=0.1, batch_first=True)
        self.norm = nn.LayerNorm(embed_dim)
        self.out = nn.Linear(embed_dim, num_classes)

    def forward(self, tokens):
        pad_mask = tokens == 0                  # (B, T), True where padded
        x = self.emb(tokens)
        attn_out, _ = self.attn(x, x, x, key_padding_mask=pad_mask)
        x = self.norm(x + attn_out)
        keep = (~pad_mask).unsqueeze(-1).float()
        pooled = (x * keep).sum(1) / keep.sum(1)
        return self.out(pooled)


def make_padded_batch(batch=8, max_len=12, vocab=300):
    lengths = torch.randint(4, max_len + 1, (batch,))
    tokens = torch.zeros(batch, max_len, dtype=torch.long)
    for i, L in enumerate(lengths):
        tokens[i, :L] = torch.randint(1, vocab, (int(L),))
    return tokens


model = AttentionPoolingEncoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    tokens = make_padded_batch()
    labels = torch.randint(0, 2, (tokens.size(0),))
    loss = nn.functional.cross_entropy(model(tokens), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
