import torch
import torch.nn as nn


class AttentionPooling(nn.Module):
    """Sentence encoder: embeddings -> multi-head self-attention -> masked mean pooling."""

    def __init__(self, vocab_size, d_model=64, n_heads=4, n_classes=3, pad_idx=0):
        super().__init__()
        self.pad_idx = pad_idx
        self.embed = nn.Embedding(vocab_size, d_model, padding_idx=pad_idx)
        self.attn = nn.MultiheadAttention(d_model, n_heads, dropout=0.1, batch_first=True)
        self.norm = nn.LayerNorm(d_model)
        self.classifier = nn.Linear(d_model, n_classes)

    def forward(self, tokens):
        mask = tokens == self.pad_idx
        x = self.embed(tokens)
        attn_out, attn_weights = self.attn(x, x, x, key_padding_mask=mask)
        x = self.norm(x + attn_out)
        keep = (~mask).unsqueeze(-1).float()
        pooled = (x * keep).sum(1) / keep.sum(1).clamp(min=1.0)
        return self.classifier(pooled), attn_weights


model = AttentionPooling(vocab_size=1000)
tokens = torch.randint(1, 1000, (6, 20))
tokens[:, 15:] = 0
logits, weights = model(tokens)
print(logits.shape, weights.shape)
