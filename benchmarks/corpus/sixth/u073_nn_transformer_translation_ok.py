# nn.Transformer for toy translation with a causal target mask
import math
import torch
import torch.nn as nn


class Seq2SeqTransformer(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, d_model=64, nhead=4):
        super().__init__()
        self.d_model = d_model
        self.src_emb = nn.Embedding(src_vocab, d_model)
        self.tgt_emb = nn.Embedding(tgt_vocab, d_model)
        self.transformer = nn.Transformer(d_model, nhead, num_encoder_layers=2, num_decoder_layers=2,
                                          dim_feedforward=128, dropout=0.1, batch_first=True)
        self.generator = nn.Linear(d_model, tgt_vocab)

    def forward(self, src, tgt):
        mask = self.transformer.generate_square_subsequent_mask(tgt.size(1))
        s = self.src_emb(src) * math.sqrt(self.d_model)
        t = self.tgt_emb(tgt) * math.sqrt(self.d_model)
        return self.generator(self.transformer(s, t, tgt_mask=mask))


model = Seq2SeqTransformer(500, 600)
src = torch.randint(0, 500, (3, 15))
tgt = torch.randint(0, 600, (3, 11))
print(model(src, tgt).shape)
