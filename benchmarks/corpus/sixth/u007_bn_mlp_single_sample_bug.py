# Tabular MLP: trains fine on batches, crashes when predicting one row
import torch
import torch.nn as nn


def build_mlp(n_features, hidden, n_out):
    return nn.Sequential(
        nn.Linear(n_features, hidden),
        nn.BatchNorm1d(hidden),
        nn.ReLU(),
        nn.Linear(hidden, hidden // 2),
        nn.BatchNorm1d(hidden // 2),
        nn.ReLU(),
        nn.Linear(hidden // 2, n_out),
    )


model = build_mlp(20, 64, 3)
train_batch = torch.randn(32, 20)
print("train:", model(train_batch).shape)

single_row = torch.randn(1, 20)
pred = model(single_row)
print("pred:", pred.shape)
