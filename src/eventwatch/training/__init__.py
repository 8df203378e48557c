"""Training the learned arbiter (`eventwatch train`) and reporting it on data it was not fitted to.

`data.py` gathers the examples from their inputs, `fit.py` fits and serialises the model bit for bit, and
`crossval.py` scores it by k-fold cross-validation on the CASE half. The runtime part (reading the model, deciding)
lives in `eventwatch.events.arbiter`, on the floor extraction uses.
"""
