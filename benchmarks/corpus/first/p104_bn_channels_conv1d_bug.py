import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv1d(12, 32, kernel_size=5, stride=2),
    nn.BatchNorm1d(12),
    nn.ReLU(),
)
ecg = torch.randn(8, 12, 500)
print(model(ecg).shape)
