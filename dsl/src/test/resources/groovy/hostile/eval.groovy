// expect: groovy-forbidden
template('x') {
    title Eval.me('"pwned"').toString()
}
