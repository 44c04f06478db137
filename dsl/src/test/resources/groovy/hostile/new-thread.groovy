// expect: groovy-forbidden
template('x') {
    new Thread({ -> }).start()
}
