/**
 * TEST-ONLY 2048-bit RSA key and known-answer vectors for the SGATE RSA engines.
 *
 * This key is public (it is committed to the repository): NEVER use it for anything but tests.
 * Generated once with OpenSSL 3.0.19 following SGATE's recipe:
 *   openssl genrsa -out key.pem 2048
 *   openssl pkcs8 -topk8 -nocrypt -in key.pem -out private.pem
 *   openssl rsa -in key.pem -pubout -out public.pem
 * Signatures:  printf '%s' "$DIGEST" | openssl dgst -md5 -sign private.pem | openssl base64 -A
 * Ciphertexts: printf '%s' "$TEXT" | openssl pkeyutl -encrypt -pubin -inkey public.pem | openssl base64 -A
 */
export const SGATE_TEST_KEY = {
  /** PKCS#8 PEM (`BEGIN PRIVATE KEY`), as SGATE's recipe produces. */
  privateKeyPem: `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCsVQW3juV76UtT
wzzR5dAtfvqb2dhItTI9lJWMTB4vwu2Vz7/SQw6CZBM5OISAVR0rfqVSQ/MoqX4j
CGOFNEZ0XsBsbUdSK6ptTtYLxNWIvIkT/vWQEZTlBzs/zeY6CNRPMpLkPl5qbImD
/KuWsuUumzInz2e+TbCv9VsKzVP65uqXi26+dY8E7NBXg6HG2Atg2QD8hVhVKHap
X0PJ72sXIs8AroUvXsIIGTflhqtQsB5ZvzcTV0lWiADa0q00E/0G2LxRWwW29SrO
YqUC/P1ZYST8dnKUmm0c23Rd1m0Js8EXrJs9DR998ebsw2k1FrVWP9GK8EthDTvj
FK5RiOwDAgMBAAECggEAAiG1xbopcd7w5O2v/ZNaKos847CjfELBhwF6LWzDnX5L
x2P1JiSuM+6zo4GPd1xA1XOQ7Ujp48GKTeSiAS55sKF7aoaaMJSvBwBypV1J8ZG4
ywaHAxaJ66CrRZ7GZPFhru5xOAw4HsOORT5a4QJVfhNtYLtat9U+L5musUjY68GU
8Hxuj+4Z4Wl9rouk/4VFZwRGceKddvg8abYlnteB3oPrSJENI3hrMJubn8UPdNl5
vfI4pXEbqTs8RxdMPwTU9DpnxRla0Gn1kNvHz/etnih6TcnmN2tqajPCDS9TqIAU
ZLKuII5LQcd7YrCBr7u1zpByUKwTd00H4U+GzVeUAQKBgQDfdHDvCOw8QPzek1ON
bNjsN/dA2BfBXw+u0nb1eBN80UI1zSQ6ctWney5UuDeDfrOvnRDMOY/knVhhd7xj
5V154qIqvWlT16cjzV0IEefao1lDDYVFsFy0VIIc71vX9sRxjyO6adlavknTm14h
jM1lm8mRSZWIo8Q0APrkKxOFTwKBgQDFbnW/LHwetWYgEhWygosKb+5XdccO4cUv
pUHHsRT4KRoiu286JpHypbfd5lswevR00Ht+U1SE06PHEszPu9igR8isrolNGm3S
vumcmaob0LzKD0yKynZn2cShPTOUSVVYIT+QpSyrdl7dlGCHlOXgscAUHM9ZQH8v
JNB9qlapDQKBgCfF4Qga7Xl4E8pGLNwCYMYC3CaVj/ziP7ddTME6YzWXRZKv9d/V
asQJv+BifbcRCUiby06efEcz3nRSzJx3SeEU/spetm2u99f+iK2UClG3O38c2/jg
gE+0rwgZbp6NFMAluzVF++MT9a4NfH66QiDwzrrmfxA4HgcnmYCdTjcvAoGBALTv
V2+deB64heBsUoAnTP+Ctv5mTMhhtlHE9LTqn9oR6QbdmcDEKksi/o+ZFgcnF7Oa
gSKzgai9QMIng5X5hDzXrJw81E3aI73ZAsVmulQFh47yWGZ1x+/CzoYqTYPfdRxw
VA3eokJ9F9GfsptupQG4RNzpzkjwZ96vsXcJTaRdAoGANjk0sSWTMYR1YQy4hESL
mmzI4LjDTAL1eg8pAGtfje1etiaTohbomKrWGd7WSQq1PDlxNlMhh0gqF/XhiFE0
L//DeAZoHkQwBcG1jcuUlgay/TRF+969A96Ld19CGVyOmJ/OhEaxhkmcsgYJaDXt
tFCLu1mepu4uskK2pPE3YhA=
-----END PRIVATE KEY-----
`,
  /** The public key as bare base64 SPKI, as SGATE's dashboard hands out keys. */
  publicKeyBase64: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArFUFt47le+lLU8M80eXQLX76m9nYSLUyPZSVjEweL8Ltlc+/0kMOgmQTOTiEgFUdK36lUkPzKKl+IwhjhTRGdF7AbG1HUiuqbU7WC8TViLyJE/71kBGU5Qc7P83mOgjUTzKS5D5eamyJg/yrlrLlLpsyJ89nvk2wr/VbCs1T+ubql4tuvnWPBOzQV4OhxtgLYNkA/IVYVSh2qV9Dye9rFyLPAK6FL17CCBk35YarULAeWb83E1dJVogA2tKtNBP9Bti8UVsFtvUqzmKlAvz9WWEk/HZylJptHNt0XdZtCbPBF6ybPQ0fffHm7MNpNRa1Vj/RivBLYQ074xSuUYjsAwIDAQAB',
} as const;

/** MD5withRSA signatures made by `openssl dgst -md5 -sign` with {@link SGATE_TEST_KEY} (deterministic). */
export const SGATE_SIGNATURE_VECTORS = [
  {
    /** The digest of the spec's worked example 1 (GET /payee/custom/list), signed as its 32 ASCII bytes. */
    message: '8a5908e27626d79d73dc14bd9ba00e72',
    signatureBase64: 'gIr/OqLo/IgnREtP7VAirg5TsPkaGV7p19StPVU2okXmCHtCnJXq32JPIpOzpWeoUxRtTv5HRITQuSvwiNSdlDwgorVbsepIuDnQ/PX0gstO5UgVmgAD0WQmwLBW8kZAhlm4AMOEB1Sw+TtM75PVT2I2+wGbTxPTMpA0YcDFbn9no6rFmQYW+vfB+sqhEpFNyR/C/voHBOwpor2Xpzwo7h92j7yUfKiFFhQOmC6i7ikue/CiWOIvbunhC3/mrMSleARscFk15yHimKkPXHPl1ZsMj/fPomNa42Y6k7BnQ0MUeC1H1pNYZ3Y1GS9c3Zq0W2hn5pi6obz8qMAcqGVuCg==',
  },
  {
    /** The digest of the spec's worked example 2 (POST /payee/payCustomTicket/create). */
    message: '3c7d2e2642623026c5f1a3bc3cb703fa',
    signatureBase64: 'lgGcaZFAdM5dyfp2qV8GzzQxQBS9wAjZdU28khkR+wFrGZuKt7qYFN1iUWpzUbT35UdLJMhwDfniQDEjjYM73xDvJIDLlAQ/fApSM7KtxE4C9xENF1gHXhk2dmvZJaowAvphfkEMd2mSgDDns5PYyLvUMufduc3uACG0vBDjMjYJfkzU/eHk4752Ts7rm7Er505GADkNBPmUl6F5H16tKRBcKolXRSKSzsJuj3UhGrRaXoTOeE8fIivcb3FmJ6ivQCz3VASyGa7kCCFMorLuXHARGTOzSWo2UTcz3kizsznBRzDUCbqPAc9OV/9N9jjZH4eahSN99m4SMJg1nIdItQ==',
  },
] as const;

/** RSAES-PKCS1-v1_5 ciphertexts made by `openssl pkeyutl -encrypt` with {@link SGATE_TEST_KEY}'s public key. */
export const SGATE_CIPHERTEXT_VECTORS = [
  { plaintext: '6228480402564890018', ciphertextBase64: 'daiLq6EwBdB5vQpehBj8W0HUvtjqojCNCfJb3LODZQUDLQqvrTvNdQqr52UpEGd9eovPCfXqfBzBbYS1zwioMw7MlcCw5+vSVsZAQYecjCQYzGmhgw0i+sx1GugevLp9BQwAxsYWmmPYFe2qPl2Futvq6RhXgGqDkdmdrT5zLRjucPOOhieYWFe5jwDjAORLgKqVeek4Gl0JKpdoI8alGifkmjxju5AnpWiYZ0xSVWpAF66cY3yFAXa8jlFqxIKMDPUpOHwDXWl56rNMIECsZtTL94XxUf7NajaPccBoR3hSowqeOgiocLh4FwNXYKGFGIzsK45kMdrFMps1vj12ig==' },
  { plaintext: 'مرحبا، SGATE ✓', ciphertextBase64: 'KTzJDblR43t5n7f3h1vg3OVZONxIHDcauAjein2kMTkeSuUNRBZ6qq/+TkKXV4ZLacdWkON/a3UyMI9a8BCtsDF+eWet6PZlV/fHpw3bu6DvMWCKtlPl0U7OTouOAU85oQGeQKEk05DBda6ZpLNyOVadi5/ktQOJ25ayYEu05n29Q2n1Bi39PfkCuPcdMHxxpaHPNoAxj3blA6IZ1YUaxmKagJYQAAAsjwkZn6ygZpu3pGM7qF9f/nwy/8Dk7ceiNECUNNF+7JzLlU2tx5599wPavYmXEEyFVQmtyvC7XvY+eK1vDwUHTRM7MkT+kzJBLSQJcsPfYwH3mVzc03Wu/w==' },
] as const;
