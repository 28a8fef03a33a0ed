package calls

// ShellQuote returns s as one bash/zsh word that expands to exactly s, with
// the paste-safety rules of Curl (see shellQuote). s must not hold a NUL
// byte, which no argument can carry. callflow's replay commands use it.
func ShellQuote(s string) string { return shellQuote(s) }
