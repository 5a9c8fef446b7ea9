import torch
import torch.nn as nn

torch.manual_seed(0)

SEQ_LEN = 64


class TinyGPT(nn.Module):
    def __init__(self, vocab=256, d=64, heads=4, layers=2):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(SEQ_LEN, d)
        block = nn.TransformerEncoderLayer(d, heads, 4 * d, batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(block, layers)
        self.lm_head = nn.Linear(d, vocab)
        self.register_buffer("mask", nn.Transformer.generate_square_subsequent_mask(SEQ_LEN))

    def forward(self, idx):
        T = idx.size(1)
        x = self.tok(idx) + self.pos(torch.arange(T))
        x = self.blocks(x, mask=self.mask)
        return self.lm_head(x)


model = TinyGPT()
prompt = torch.randint(0, 256, (2, 10))   # generation starts from a short prompt
print(model(prompt).shape)
