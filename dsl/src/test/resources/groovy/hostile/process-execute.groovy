// expect: groovy-forbidden
template('x') {
    title "touch @CREATED@".execute().text
}
