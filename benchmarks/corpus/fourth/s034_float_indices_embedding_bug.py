import numpy as np
import torch
import torch.nn as nn

# user ids read from a dataframe column as floats
user_ids = np.array([3.0, 17.0, 42.0, 8.0], dtype=np.float32)

recommender = nn.Sequential(
    nn.Embedding(100, 16),
    nn.Linear(16, 8),
    nn.ReLU(),
    nn.Linear(8, 1),
)
scores = recommender(torch.tensor(user_ids))
print(scores.shape)
