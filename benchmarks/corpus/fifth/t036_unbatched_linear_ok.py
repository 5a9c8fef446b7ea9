import torch
import torch.nn as nn

policy = nn.Sequential(
    nn.Linear(4, 128),
    nn.ReLU(),
    nn.Linear(128, 2),
    nn.Softmax(dim=-1),
)

# CartPole observation, a single state without batch dim
state = torch.tensor([0.02, -0.01, 0.03, 0.04])
probs = policy(state)
print(probs.shape)
action = torch.multinomial(probs, 1).item()
print("action", action)
