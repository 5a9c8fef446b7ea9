import torch
import torch.nn as nn


class DeepFM(nn.Module):
    def __init__(self, field_dims, num_dense, embed_dim=10, mlp_dims=(64, 32)):
        super().__init__()
        self.num_fields = len(field_dims)
        self.embedding = nn.ModuleList([nn.Embedding(d, embed_dim) for d in field_dims])
        self.linear = nn.ModuleList([nn.Embedding(d, 1) for d in field_dims])
        self.dense_linear = nn.Linear(num_dense, 1)
        layers, in_dim = [], (self.num_fields + num_dense) * embed_dim
        for d in mlp_dims:
            layers += [nn.Linear(in_dim, d), nn.ReLU(), nn.Dropout(0.2)]
            in_dim = d
        layers.append(nn.Linear(in_dim, 1))
        self.mlp = nn.Sequential(*layers)

    def forward(self, sparse, dense):
        emb = torch.stack([e(sparse[:, i]) for i, e in enumerate(self.embedding)], dim=1)   # B x F x E
        first_order = sum(l(sparse[:, i]) for i, l in enumerate(self.linear)) + self.dense_linear(dense)
        square_of_sum = emb.sum(dim=1) ** 2
        sum_of_square = (emb ** 2).sum(dim=1)
        fm = 0.5 * (square_of_sum - sum_of_square).sum(dim=1, keepdim=True)
        deep = self.mlp(emb.view(emb.size(0), -1))
        return torch.sigmoid(first_order + fm + deep).squeeze(1)


field_dims = [1000, 500, 20, 7, 24]     # user, item, category, weekday, hour
model = DeepFM(field_dims, num_dense=3)
sparse = torch.stack([torch.randint(0, d, (64,)) for d in field_dims], dim=1)
dense = torch.randn(64, 3)
print(model(sparse, dense).shape)
