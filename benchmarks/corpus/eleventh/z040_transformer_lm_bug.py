import math

import torch
import torch.nn as nn

NTOKENS = 1000   # size of vocabulary
EMSIZE = 64      # embedding dimension
D_HID = 128      # dimension of the feedforward network model
NLAYERS = 2
NHEAD = 4
DROPOUT = 0.2
BPTT = 35
BATCH_SIZE = 20


class PositionalEncoding(nn.Module):

    def __init__(self, d_model, dropout=0.1, max_len=5000):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(1, max_len, d_model)
        pe[0, :, 0::2] = torch.sin(position * div_term)
        pe[0, :, 1::2] = torch.cos(position * div_term)
        self.register_buffer('pe', pe)

    def forward(self, x):
        """x: Tensor, shape [batch_size, seq_len, embedding_dim]"""
        x = x + self.pe[:x.size(1)]
        return self.dropout(x)


class TransformerModel(nn.Module):

    def __init__(self, ntoken, d_model, nhead, d_hid, nlayers, dropout=0.5):
        super().__init__()
        self.model_type = 'Transformer'
        self.pos_encoder = PositionalEncoding(d_model, dropout)
        encoder_layers = nn.TransformerEncoderLayer(d_model, nhead, d_hid, dropout, batch_first=True)
        self.transformer_encoder = nn.TransformerEncoder(encoder_layers, nlayers, enable_nested_tensor=False)
        self.embedding = nn.Embedding(ntoken, d_model)
        self.d_model = d_model
        self.linear = nn.Linear(d_model, ntoken)
        self.init_weights()

    def init_weights(self):
        initrange = 0.1
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.linear.bias.data.zero_()
        self.linear.weight.data.uniform_(-initrange, initrange)

    def forward(self, src, src_mask=None):
        src = self.embedding(src) * math.sqrt(self.d_model)
        src = self.pos_encoder(src)
        output = self.transformer_encoder(src, src_mask)
        return self.linear(output)


model = TransformerModel(NTOKENS, EMSIZE, NHEAD, D_HID, NLAYERS, DROPOUT)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=5.0)

stream = torch.randint(0, NTOKENS, (BATCH_SIZE, BPTT + 1))
data, targets = stream[:, :-1], stream[:, 1:]
src_mask = nn.Transformer.generate_square_subsequent_mask(BPTT)

model.train()
output = model(data, src_mask)
loss = criterion(output.reshape(-1, NTOKENS), targets.reshape(-1))
optimizer.zero_grad()
loss.backward()
torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
optimizer.step()
print(f"loss {loss.item():5.2f} | ppl {math.exp(loss.item()):8.2f}")
