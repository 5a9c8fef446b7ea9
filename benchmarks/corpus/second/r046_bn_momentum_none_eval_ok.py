import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv1d(4, 8, 3), nn.BatchNorm1d(8, momentum=None), nn.ReLU(),
                      nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.BatchNorm1d(8))
model.train(mode=False)
print(model(torch.randn(1, 4, 20)).shape)
