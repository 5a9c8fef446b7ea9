import torch
import torch.nn as nn

SRC_VOCAB, TGT_VOCAB = 300, 300
EMB_SIZE = 128
D_MODEL = 256


class TranslationModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb = nn.Embedding(SRC_VOCAB, EMB_SIZE)
        self.tgt_emb = nn.Embedding(TGT_VOCAB, EMB_SIZE)
        self.transformer = nn.Transformer(d_model=D_MODEL, nhead=8, num_encoder_layers=2,
                                          num_decoder_layers=2, dim_feedforward=512)
        self.out = nn.Linear(D_MODEL, TGT_VOCAB)

    def forward(self, src, tgt):
        # nn.Transformer default layout is (seq, batch, feature)
        s = self.src_emb(src)
        t = self.tgt_emb(tgt)
        mask = nn.Transformer.generate_square_subsequent_mask(tgt.size(0))
        return self.out(self.transformer(s, t, tgt_mask=mask))


model = TranslationModel()
src = torch.randint(0, SRC_VOCAB, (12, 2))
tgt = torch.randint(0, TGT_VOCAB, (10, 2))
print(model(src, tgt).shape)
