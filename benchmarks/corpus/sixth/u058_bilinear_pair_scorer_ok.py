# Relation scoring with nn.Bilinear between user and item towers
import torch
import torch.nn as nn

user_tower = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32))
item_tower = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 48))
scorer = nn.Bilinear(32, 48, 1)
cos = nn.CosineSimilarity(dim=1)

users = torch.randn(12, 20)
items = torch.randn(12, 30)
u, v = user_tower(users), item_tower(items)
score = scorer(u, v)
sim = cos(u, u.flip(0))
print(u.shape, v.shape, score.shape, sim.shape)
