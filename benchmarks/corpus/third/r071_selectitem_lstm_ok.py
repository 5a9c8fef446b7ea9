import torch
import torch.nn as nn


class SelectItem(nn.Module):
    def __init__(self, item_index):
        super().__init__()
        self.item_index = item_index

    def forward(self, inputs):
        return inputs[self.item_index]


model = nn.Sequential(
    nn.LSTM(input_size=10, hidden_size=20, num_layers=1, bidirectional=True),
    SelectItem(0),
    nn.Linear(40, 5),
)

seq = torch.randn(7, 10)   # unbatched sequence: (L, H_in)
print(model(seq).shape)
x = torch.randn(7, 3, 10)  # (L, N, H_in)
print(model(x).shape)
