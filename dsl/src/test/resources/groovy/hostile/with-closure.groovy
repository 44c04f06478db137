// expect: groovy-forbidden
template('x') { version '1'; this.with { evaluate('new File("@CREATED@").text = 1') } }
