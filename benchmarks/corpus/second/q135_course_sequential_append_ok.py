import torch
import torch.nn as nn

def make_mlp(sizes):
    model = nn.Sequential()
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        model.add_module(f"fc{i}", nn.Linear(a, b))
        if i < len(sizes) - 2:
            model.add_module(f"act{i}", nn.ReLU())
    return model

model = make_mlp([10, 32, 32, 4])
print(model(torch.randn(5, 10)).shape)
