import torch
import torch.nn as nn


class NCF(nn.Module):
    """Neural collaborative filtering: GMF + MLP branches (He et al., 2017)."""

    def __init__(self, num_users, num_items, factor_num=8, num_layers=3, dropout=0.0):
        super().__init__()
        self.embed_user_GMF = nn.Embedding(num_users, factor_num)
        self.embed_item_GMF = nn.Embedding(num_items, factor_num)
        mlp_dim = factor_num * (2 ** (num_layers - 1))
        self.embed_user_MLP = nn.Embedding(num_users, mlp_dim)
        self.embed_item_MLP = nn.Embedding(num_items, mlp_dim)

        MLP_modules = []
        for i in range(num_layers):
            input_size = factor_num * (2 ** (num_layers - i))
            MLP_modules.append(nn.Dropout(p=dropout))
            MLP_modules.append(nn.Linear(input_size, input_size // 2))
            MLP_modules.append(nn.ReLU())
        self.MLP_layers = nn.Sequential(*MLP_modules)
        self.predict_layer = nn.Linear(factor_num * 2, 1)

    def forward(self, user, item):
        output_GMF = self.embed_user_GMF(user) * self.embed_item_GMF(item)
        interaction = torch.cat((self.embed_user_MLP(user), self.embed_item_MLP(item)), -1)
        output_MLP = self.MLP_layers(interaction)
        concat = torch.cat((output_GMF, output_MLP), -1)
        return self.predict_layer(concat).view(-1)


model = NCF(num_users=943, num_items=1682)
users = torch.randint(0, 943, (256,))
items = torch.randint(0, 1682, (256,))
labels = torch.randint(0, 2, (256,)).float()
pred = model(users, items)
loss = nn.BCEWithLogitsLoss()(pred, labels)
print(pred.shape, loss.item())
