import torch
import torch.nn as nn


def build_mlp(input_dim, output_dim, hidden_dim=64, depth=3, activation=nn.Tanh, output_activation=None):
    layers = []
    in_size = input_dim
    for _ in range(depth):
        layers.append(nn.Linear(in_size, hidden_dim))
        layers.append(activation())
        in_size = hidden_dim
    layers.append(nn.Linear(in_size, output_dim))
    if output_activation is not None:
        layers.append(output_activation())
    return nn.Sequential(*layers)


obs_dim, act_dim = 11, 3
policy = build_mlp(obs_dim, act_dim, output_activation=nn.Tanh)
q_net = build_mlp(obs_dim + act_dim, 1, hidden_dim=128, depth=2, activation=nn.ReLU)

obs = torch.randn(32, obs_dim)
act = policy(obs)
q = q_net(torch.cat([obs, act], dim=-1))
print(act.shape, q.shape)
