"""Analysis: dyad series over time, shifts in relations and the events behind them, reports."""
