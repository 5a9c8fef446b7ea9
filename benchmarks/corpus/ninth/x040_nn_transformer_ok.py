import math
import torch
import torch.nn as nn


class Seq2SeqTransformer(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, d_model=64, nhead=4, layers=2, ff=128, max_len=100):
        super().__init__()
        self.src_tok = nn.Embedding(src_vocab, d_model)
        self.tgt_tok = nn.Embedding(tgt_vocab, d_model)
        self.pos = nn.Embedding(max_len, d_model)
        self.transformer = nn.Transformer(d_model=d_model, nhead=nhead, num_encoder_layers=layers,
                                          num_decoder_layers=layers, dim_feedforward=ff,
                                          dropout=0.1, batch_first=True)
        self.generator = nn.Linear(d_model, tgt_vocab)
        self.scale = math.sqrt(d_model)

    def embed(self, tok, table):
        positions = torch.arange(tok.size(1)).unsqueeze(0)
        return table(tok) * self.scale + self.pos(positions)

    def forward(self, src, tgt):
        tgt_mask = self.transformer.generate_square_subsequent_mask(tgt.size(1))
        out = self.transformer(self.embed(src, self.src_tok), self.embed(tgt, self.tgt_tok),
                               tgt_mask=tgt_mask, src_key_padding_mask=(src == 0),
                               tgt_key_padding_mask=(tgt == 0))
        return self.generator(out)


PAD = 0
model = Seq2SeqTransformer(200, 150)
loss_fn = nn.CrossEntropyLoss(ignore_index=PAD)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4, betas=(0.9, 0.98), eps=1e-9)
src = torch.randint(1, 200, (3, 11))
tgt = torch.randint(1, 150, (3, 8))
tgt_input, tgt_out = tgt[:, :-1], tgt[:, 1:]
logits = model(src, tgt_input)
optimizer.zero_grad()
loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1))
loss.backward()
optimizer.step()
print(logits.shape, loss.item())
