import torch
import torch.nn as nn


class Seq2SeqTransformer(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, d_model=64, nhead=4, layers=2):
        super().__init__()
        self.src_emb = nn.Embedding(src_vocab, d_model)
        self.tgt_emb = nn.Embedding(tgt_vocab, d_model)
        self.transformer = nn.Transformer(d_model=d_model, nhead=nhead,
                                          num_encoder_layers=layers, num_decoder_layers=layers,
                                          dim_feedforward=128, dropout=0.1)
        self.generator = nn.Linear(d_model, tgt_vocab)

    def forward(self, src, tgt):
        # src: (S, N), tgt: (T, N)  -- sequence-first layout
        tgt_mask = self.transformer.generate_square_subsequent_mask(tgt.size(0))
        out = self.transformer(self.src_emb(src), self.tgt_emb(tgt), tgt_mask=tgt_mask)
        return self.generator(out)


model = Seq2SeqTransformer(src_vocab=200, tgt_vocab=150)
src = torch.randint(0, 200, (11, 3))
tgt = torch.randint(0, 150, (9, 3))
logits = model(src, tgt)
print(logits.shape)
