# Tiny audio autoencoder: strided Conv1d encoder, ConvTranspose1d decoder
import torch
import torch.nn as nn


def encoder(ch=(1, 16, 32, 64), stride=4):
    layers = []
    for a, b in zip(ch, ch[1:]):
        layers += [nn.Conv1d(a, b, kernel_size=2 * stride, stride=stride, padding=stride // 2), nn.ELU()]
    return nn.Sequential(*layers)


def decoder(ch=(64, 32, 16, 1), stride=4):
    layers = []
    for a, b in zip(ch, ch[1:]):
        layers += [nn.ConvTranspose1d(a, b, kernel_size=2 * stride, stride=stride, padding=stride // 2), nn.ELU()]
    return nn.Sequential(*layers[:-1], nn.Tanh())


enc, dec = encoder(), decoder()
wave = torch.randn(2, 1, 4096)
code = enc(wave)
recon = dec(code)
print(code.shape, recon.shape)
