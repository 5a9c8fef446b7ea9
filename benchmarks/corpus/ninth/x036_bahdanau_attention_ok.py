import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, enc_hid, dec_hid):
        super().__init__()
        self.attn = nn.Linear(enc_hid * 2 + dec_hid, dec_hid)
        self.v = nn.Linear(dec_hid, 1, bias=False)

    def forward(self, hidden, encoder_outputs):
        src_len = encoder_outputs.shape[1]
        hidden = hidden.unsqueeze(1).repeat(1, src_len, 1)
        energy = torch.tanh(self.attn(torch.cat((hidden, encoder_outputs), dim=2)))
        return F.softmax(self.v(energy).squeeze(2), dim=1)


class AttnDecoder(nn.Module):
    def __init__(self, vocab, emb, enc_hid, dec_hid):
        super().__init__()
        self.attention = Attention(enc_hid, dec_hid)
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(enc_hid * 2 + emb, dec_hid, batch_first=True)
        self.fc_out = nn.Linear(enc_hid * 2 + dec_hid + emb, vocab)

    def forward(self, token, hidden, encoder_outputs):
        embedded = self.embedding(token).unsqueeze(1)
        a = self.attention(hidden, encoder_outputs).unsqueeze(1)
        weighted = torch.bmm(a, encoder_outputs)
        output, hidden = self.rnn(torch.cat((embedded, weighted), dim=2), hidden.unsqueeze(0))
        pred = self.fc_out(torch.cat((output.squeeze(1), weighted.squeeze(1), embedded.squeeze(1)), dim=1))
        return pred, hidden.squeeze(0)


enc_hid, dec_hid = 32, 48
encoder = nn.GRU(16, enc_hid, batch_first=True, bidirectional=True)
bridge = nn.Linear(enc_hid * 2, dec_hid)
decoder = AttnDecoder(vocab=30, emb=16, enc_hid=enc_hid, dec_hid=dec_hid)

src = torch.randn(3, 7, 16)
enc_out, enc_h = encoder(src)
hidden = torch.tanh(bridge(torch.cat((enc_h[-2], enc_h[-1]), dim=1)))
token = torch.zeros(3, dtype=torch.long)
for _ in range(4):
    pred, hidden = decoder(token, hidden, enc_out)
    token = pred.argmax(1)
print(pred.shape, hidden.shape)
