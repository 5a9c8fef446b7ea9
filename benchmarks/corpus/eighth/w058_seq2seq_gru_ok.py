import random
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, hid_dim, dropout):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, hidden = self.rnn(embedded)
        return hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, hid_dim, dropout):
        super().__init__()
        self.output_dim = output_dim
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim + hid_dim, hid_dim)
        self.fc_out = nn.Linear(emb_dim + hid_dim * 2, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input, hidden, context):
        input = input.unsqueeze(0)
        embedded = self.dropout(self.embedding(input))
        emb_con = torch.cat((embedded, context), dim=2)
        output, hidden = self.rnn(emb_con, hidden)
        output = torch.cat((embedded.squeeze(0), hidden.squeeze(0), context.squeeze(0)), dim=1)
        return self.fc_out(output), hidden


INPUT_DIM, OUTPUT_DIM, EMB, HID = 700, 600, 32, 64
enc = Encoder(INPUT_DIM, EMB, HID, 0.5)
dec = Decoder(OUTPUT_DIM, EMB, HID, 0.5)

src = torch.randint(0, INPUT_DIM, (12, 4))
trg = torch.randint(0, OUTPUT_DIM, (10, 4))
outputs = torch.zeros(trg.shape[0], trg.shape[1], OUTPUT_DIM)
context = enc(src)
hidden = context
inp = trg[0, :]
for t in range(1, trg.shape[0]):
    output, hidden = dec(inp, hidden, context)
    outputs[t] = output
    teacher_force = random.random() < 0.5
    inp = trg[t] if teacher_force else output.argmax(1)
print(outputs.shape)
