import torch
import torch.nn as nn


class ImageCaptionDecoder(nn.Module):
    def __init__(self, vocab_size, d_model=64, img_feat_dim=512, heads=4):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, d_model)
        self.self_attn = nn.MultiheadAttention(d_model, heads, batch_first=True)
        self.cross_attn = nn.MultiheadAttention(d_model, heads, batch_first=True)
        self.out = nn.Linear(d_model, vocab_size)

    def forward(self, captions, img_feats):
        x = self.embed(captions)
        x = x + self.self_attn(x, x, x)[0]
        x = x + self.cross_attn(x, img_feats, img_feats)[0]
        return self.out(x)


decoder = ImageCaptionDecoder(vocab_size=1000)
captions = torch.randint(0, 1000, (2, 16))
img_feats = torch.randn(2, 49, 512)   # 7x7 resnet grid features
print(decoder(captions, img_feats).shape)
