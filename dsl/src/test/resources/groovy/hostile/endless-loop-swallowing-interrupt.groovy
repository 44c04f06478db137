// expect: groovy-forbidden groovy-timeout
template('x') {
    while (true) { try { while (true) { } } catch (e) { } }
}
