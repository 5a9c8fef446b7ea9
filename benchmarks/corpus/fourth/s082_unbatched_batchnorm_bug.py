import torch
import torch.nn as nn

policy = nn.Sequential(
    nn.Linear(4, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 2),
    nn.Softmax(dim=-1),
)

# CartPole observation, a single state vector
state = torch.tensor([0.02, -0.01, 0.03, 0.04])
policy.eval()
probs = policy(state)
print(probs)
