import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical


class ActorCritic(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=128):
        super().__init__()
        self.shared = nn.Sequential(
            nn.Linear(obs_dim, hidden),
            nn.Tanh(),
            nn.Linear(hidden, hidden),
            nn.Tanh(),
        )
        self.actor = nn.Linear(hidden, n_actions)
        self.critic = nn.Linear(hidden, 1)

    def forward(self, obs):
        h = self.shared(obs)
        return F.softmax(self.actor(h), dim=-1), self.critic(h)

    def act(self, obs):
        probs, value = self(obs)
        dist = Categorical(probs)
        action = dist.sample()
        return action, dist.log_prob(action), value.squeeze(-1)


# CartPole: 4-dim observation, 2 actions
policy = ActorCritic(obs_dim=4, n_actions=2)
obs = torch.randn(4)              # single unbatched observation
action, logp, value = policy.act(obs)
print(action.shape, logp.shape, value.shape)

batch_obs = torch.randn(16, 4)
returns = torch.randn(16)
probs, values = policy(batch_obs)
advantage = returns - values.squeeze(-1)
critic_loss = advantage.pow(2).mean()
critic_loss.backward()
print(probs.shape, critic_loss.item())
