import torch
import torch.nn as nn

config = {
    'num_users': 600,
    'num_items': 1000,
    'latent_dim_mf': 8,
    'latent_dim_mlp': 16,
    'layers': [32, 32, 16, 8],   # layers[0] is the concat of user & item mlp embeddings
    'lr': 1e-3,
    'batch_size': 256,
}


class NeuMF(nn.Module):
    def __init__(self, config):
        super(NeuMF, self).__init__()
        self.config = config
        self.num_users = config['num_users']
        self.num_items = config['num_items']
        self.latent_dim_mf = config['latent_dim_mf']
        self.latent_dim_mlp = config['latent_dim_mlp']

        self.embedding_user_mlp = nn.Embedding(self.num_users, self.latent_dim_mlp)
        self.embedding_item_mlp = nn.Embedding(self.num_items, self.latent_dim_mlp)
        self.embedding_user_mf = nn.Embedding(self.num_users, self.latent_dim_mf)
        self.embedding_item_mf = nn.Embedding(self.num_items, self.latent_dim_mlp)

        self.fc_layers = nn.ModuleList()
        for idx, (in_size, out_size) in enumerate(zip(config['layers'][:-1], config['layers'][1:])):
            self.fc_layers.append(nn.Linear(in_size, out_size))

        self.affine_output = nn.Linear(config['layers'][-1] + self.latent_dim_mf, 1)
        self.logistic = nn.Sigmoid()

    def forward(self, user_indices, item_indices):
        user_embedding_mlp = self.embedding_user_mlp(user_indices)
        item_embedding_mlp = self.embedding_item_mlp(item_indices)
        user_embedding_mf = self.embedding_user_mf(user_indices)
        item_embedding_mf = self.embedding_item_mf(item_indices)

        mlp_vector = torch.cat([user_embedding_mlp, item_embedding_mlp], dim=-1)
        mf_vector = torch.mul(user_embedding_mf, item_embedding_mf)

        for idx, _ in enumerate(range(len(self.fc_layers))):
            mlp_vector = self.fc_layers[idx](mlp_vector)
            mlp_vector = torch.nn.ReLU()(mlp_vector)

        vector = torch.cat([mlp_vector, mf_vector], dim=-1)
        logits = self.affine_output(vector)
        return self.logistic(logits)


model = NeuMF(config)
optimizer = torch.optim.Adam(model.parameters(), lr=config['lr'])
crit = nn.BCELoss()

bs = config['batch_size']
users = torch.randint(0, config['num_users'], (bs,))
items = torch.randint(0, config['num_items'], (bs,))
ratings = torch.randint(0, 2, (bs,)).float()   # implicit feedback

for epoch in range(2):
    model.train()
    optimizer.zero_grad()
    ratings_pred = model(users, items)
    loss = crit(ratings_pred.view(-1), ratings)
    loss.backward()
    optimizer.step()
    print('[Training Epoch {}] Loss {:.4f}'.format(epoch, loss.item()))
