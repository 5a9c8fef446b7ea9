import math

import torch
import torch.nn as nn

cfg = {
    "src_vocab": 500,
    "tgt_vocab": 600,
    "d_model": 64,
    "nhead": 4,
    "num_encoder_layers": 2,
    "num_decoder_layers": 2,
    "dim_feedforward": 128,
    "dropout": 0.1,
    "max_len": 128,
}
PAD_IDX, BOS_IDX = 0, 1
BATCH, SRC_LEN, TGT_LEN = 16, 18, 20


class Seq2SeqTransformer(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d_model = cfg["d_model"]
        self.d_model = d_model
        self.src_tok_emb = nn.Embedding(cfg["src_vocab"], d_model, padding_idx=PAD_IDX)
        self.tgt_tok_emb = nn.Embedding(cfg["tgt_vocab"], d_model, padding_idx=PAD_IDX)
        self.pos_emb = nn.Embedding(cfg["max_len"], d_model)   # learned positions
        self.transformer = nn.Transformer(d_model=d_model,
                                          nhead=cfg["nhead"],
                                          num_encoder_layers=cfg["num_encoder_layers"],
                                          num_decoder_layers=cfg["num_decoder_layers"],
                                          dim_feedforward=cfg["dim_feedforward"],
                                          dropout=cfg["dropout"],
                                          batch_first=True)
        self.generator = nn.Linear(d_model, cfg["tgt_vocab"])

    def embed(self, tok_emb, tokens):
        positions = torch.arange(tokens.size(1), device=tokens.device).unsqueeze(0)
        return tok_emb(tokens) * math.sqrt(self.d_model) + self.pos_emb(positions)

    def forward(self, src, tgt):
        tgt_len = tgt.size(0)
        tgt_mask = torch.triu(torch.ones(tgt_len, tgt_len, dtype=torch.bool), diagonal=1)
        src_padding_mask = src == PAD_IDX
        tgt_padding_mask = tgt == PAD_IDX
        outs = self.transformer(self.embed(self.src_tok_emb, src),
                                self.embed(self.tgt_tok_emb, tgt),
                                tgt_mask=tgt_mask,
                                src_key_padding_mask=src_padding_mask,
                                tgt_key_padding_mask=tgt_padding_mask,
                                memory_key_padding_mask=src_padding_mask)
        return self.generator(outs)


model = Seq2SeqTransformer(cfg)
for p in model.parameters():
    if p.dim() > 1:
        nn.init.xavier_uniform_(p)
loss_fn = nn.CrossEntropyLoss(ignore_index=PAD_IDX)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4, betas=(0.9, 0.98), eps=1e-9)

src = torch.randint(2, cfg["src_vocab"], (BATCH, SRC_LEN))
tgt = torch.randint(2, cfg["tgt_vocab"], (BATCH, TGT_LEN))
tgt[:, 0] = BOS_IDX
src[:, -3:] = PAD_IDX   # some padding at the end

model.train()
tgt_input = tgt[:, :-1]
logits = model(src, tgt_input)
tgt_out = tgt[:, 1:]
loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1))
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(f"train loss: {loss.item():.3f}")
